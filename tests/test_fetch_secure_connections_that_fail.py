"""An address whose site cannot be trusted (a self-signed, expired or mismatched certificate)
is a one-line error that says why, in words: not OpenSSL's "[SSL: CERTIFICATE_VERIFY_FAILED]
… (_ssl.c:1006)"."""

from __future__ import annotations

import ssl
from pathlib import Path

import pytest

from newslens.errors import NewslensError
from newslens.sources import load_article
from tests.http_server import serve

# Made for these tests alone (openssl req -x509, valid for a century): no one trusts it.
SELF_SIGNED = Path(__file__).with_name("self_signed_127.0.0.1.pem")


def untrusted() -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(SELF_SIGNED)
    return context


def test_a_site_whose_certificate_is_not_trusted_says_why() -> None:
    with serve(tls=untrusted()) as base, pytest.raises(NewslensError) as caught:
        load_article(f"{base}/article.html")
    assert str(caught.value) == (
        f"{base}/article.html: the site's certificate is not trusted: self-signed certificate"
    )


def test_a_secure_address_of_a_plain_server_names_the_failure_in_words() -> None:
    with serve() as base, pytest.raises(NewslensError) as caught:
        load_article(base.replace("http://", "https://") + "/article")
    message = str(caught.value)
    assert message.endswith(": the secure connection failed: wrong version number")

"""The one exception type a user is meant to see."""


class NewslensError(Exception):
    """A problem with the user's input or environment, told in one line.

    The CLI prints it as ``newslens: <message>`` and exits with code 2; anything
    else escaping is a bug in newslens.
    """

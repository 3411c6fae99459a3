"""Tags: a quick-tag key, the tag picker (t), a tag removed (x), "not a claim" (h) and a
hidden claim shown again."""

from __future__ import annotations

from newslens.annotations.model import NOT_A_CLAIM, TargetKind
from newslens.annotations.tags import clean_tag_name
from newslens.errors import NewslensError
from newslens.tui.annotating.base import STILL_OPENING, AnnotatingBase
from newslens.tui.annotating.shown import _TITLE_SNIPPET
from newslens.tui.annotating.targets import Target

# Characters of a hidden claim: more than two rows of the widest dialog, which cuts it to its own.
_HIDDEN_SNIPPET = 240


class TaggingMixin(AnnotatingBase):
    """The tag actions."""

    def action_quick_tag(self, key: str) -> None:
        target = self._target()
        if target is None:
            return
        if self.store is None and self._store_problem == STILL_OPENING and not self._fetching:
            # Typed as the reader opened (a kept analysis lists the claims at once): tagged as
            # soon as the store and its tags are open, where it would have been refused.
            self._on_store_open.append(lambda: self._quick_tag(key, target))
            return
        self._quick_tag(key, target)

    def _quick_tag(self, key: str, target: Target) -> None:
        tag = self.tagset.by_key(key)
        if tag is None:
            self.inform(f"no tag on {key}: see [[tags]] in config.toml", timeout=4)
            return
        existing = self._annotation_at(target)
        removing = existing is not None and tag.name in existing.tags
        self._save_on(
            target,
            lambda store: store.toggle_tag,
            tag.name,
            self._quoting(f"{'−' if removing else '+'}{tag.name}", target),
        )

    async def action_pick_tag(self) -> None:
        from newslens.tui.tag_dialogs import TagPicker

        target = self._target()
        if target is None:
            return
        used = {tag for a in self.annotations for tag in a.tags if tag != NOT_A_CLAIM}
        names = [*self.tagset.names, *sorted(used - set(self.tagset.names))]
        annotated = self._annotation_at(target)

        def chosen(name: str | None) -> None:
            if name is None:
                return
            try:
                tag = clean_tag_name(name)
            except NewslensError as exc:
                self.notify(str(exc), severity="error")
                return
            existing = self._annotation_at(target)
            if existing is not None and tag in existing.tags:
                # Saved again, it said "+tag" and left an undo step that undid nothing.
                self.inform(
                    self._quoting(
                        f"already {tag}", target, f" ({self.key_for('remove-tag')} removes a tag)"
                    )
                )
                return
            self._save_on(
                target,
                lambda store: store.tag,
                tag,
                self._quoting(f"+{tag}", target),
            )

        # Waited for, as the note editor's: what is typed right after t filters the tags.
        await self.push_screen(
            TagPicker(
                self.tagset,
                self._quote(target, _TITLE_SNIPPET),
                names=names,
                keys=self.tag_keys(),
                has=annotated.tags if annotated is not None else (),
            ),
            chosen,
        )

    def action_remove_tag(self) -> None:
        from newslens.tui.tag_dialogs import TagPicker

        target = self._target()
        if target is None:
            return
        existing = self._annotation_at(target)
        # A hidden claim is marked only when opened from the Library, which lists it
        # [not-a-claim]: there x takes that mark off like any tag, and the claim is back.
        tags = (
            [t for t in existing.tags if t != NOT_A_CLAIM or existing.hides_claim]
            if existing
            else []
        )
        if existing is None or not tags:
            self.inform("no tag here to remove")
            return
        annotation_id = existing.id

        def remove(name: str | None) -> None:
            if name is not None:
                done = "claim shown again" if name == NOT_A_CLAIM else f"−{name}"
                self._save(
                    lambda store: store.untag(annotation_id, name), self._quoting(done, target)
                )

        if len(tags) == 1:
            remove(tags[0])
        else:
            self.push_screen(
                TagPicker(
                    self.tagset,
                    self._quote(target, _TITLE_SNIPPET),
                    names=tags,
                    action="Remove a tag from",
                    allow_new=False,
                    keys=self.tag_keys(),
                ),
                remove,
            )

    def action_not_a_claim(self) -> None:
        target = self._target()
        if target is None:
            return
        if target.kind is not TargetKind.CLAIM:
            self.inform("only an extracted claim can be marked as not a claim", timeout=4)
            return
        if self._save_on(
            target,
            lambda store: store.tag,
            NOT_A_CLAIM,
            self._quoting(
                "marked not a claim and hidden", target, f" ({self.key_for('undo')} undoes)"
            ),
        ):
            self._mark(None)

    def action_restore_claim(self) -> None:
        from newslens.tui.tag_dialogs import ChoiceDialog

        hidden = [a for a in self.annotations if a.hides_claim]
        if not hidden:
            self.inform("no claim is marked not a claim")
            return
        by_id = {a.id: a for a in hidden}

        def restore(annotation_id: str | None) -> None:
            if annotation_id in by_id:
                self._save(
                    lambda store: store.untag(annotation_id, NOT_A_CLAIM),
                    self._quoting("claim shown again", by_id[annotation_id]),
                )

        # Quoted from the text on screen (inert): ``exact`` is the raw text. At a toast's
        # length two claims of one speaker ("Peskov said that …") would read alike.
        choices = [(a.id, self._quote(a, _HIDDEN_SNIPPET)) for a in hidden]
        self.push_screen(ChoiceDialog("Show a hidden claim again", choices, quotes=True), restore)

"""The search form's fields: read from a POST body or a GET query string, checked, and offered.

Everything a person can type or a link can carry is checked here, before it reaches the search,
so a mistyped borough or a tampered link gets a clear message and never an error page.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from flask_babel import gettext as _
from werkzeug.datastructures import MultiDict

from directory import SearchRequest, UnknownFilter, check_borough, list_taxonomy

from .directory_handle import directory

MAX_TEXT = 200
MAX_PLACE = 40
# Select fields: query-string name -> taxonomy the value must come from.
CHOICE_FIELDS = {
    "abuse_type": "abuse-type",
    "audience": "audience",
    "language": "language",
    "service_type": "service-type",
}
FLAG_FIELDS = ("open_now", "always_open")


@dataclass
class SearchForm:
    text: str = ""
    borough: str = ""
    choices: dict[str, str] = field(default_factory=dict)
    flags: dict[str, bool] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    typed_place: bool = False  # the borough field holds typed words, not a borough's code

    @classmethod
    def from_args(cls, args: MultiDict, typed: bool = True) -> SearchForm:
        """`typed` is False for an address: then only codes count, never words."""
        terms = list_taxonomy(directory().search)
        codes = terms.codes()
        borough = _clean(args.get("borough"), MAX_PLACE)
        if not typed and borough.lower() not in codes.get("area", set()):
            borough = ""
        form = cls(text=_clean(args.get("q"), MAX_TEXT) if typed else "", borough=borough)
        form.typed_place = bool(borough) and borough.lower() not in codes.get("area", set())
        for name, taxonomy in CHOICE_FIELDS.items():
            value = _clean(args.get(name), 60).lower()
            if not value:
                continue
            code = terms.canonical(taxonomy, value)
            if code in codes.get(taxonomy, set()):
                form.choices[name] = code
            else:
                form.problems.append(_("One of the filters was not recognised, so it was left "
                                       "out."))
        for name in FLAG_FIELDS:
            form.flags[name] = args.get(name) == "1"
        if form.borough:
            try:
                check_borough(directory().search, form.borough)
            except UnknownFilter:
                form.problems.append(_(
                    "We did not recognise \u201c%(place)s\u201d as a London borough or "
                    "postcode, so the results are not limited to an area.", place=form.borough))
                form.borough = ""
        return form

    @property
    def is_empty(self) -> bool:
        return not (self.text or self.borough or self.choices or any(self.flags.values()))

    def search_request(self) -> SearchRequest:
        return SearchRequest(text=self.text, borough=self.borough or None,
                             open_now=self.flags.get("open_now", False),
                             always_open=self.flags.get("always_open", False),
                             **{name: self.choices.get(name) for name in CHOICE_FIELDS})

    def shareable_args(self) -> dict[str, str]:
        """The filters as a query string: codes only, never typed words."""
        args = {"borough": "" if self.typed_place else self.borough.lower(), **self.choices}
        args.update({name: "1" for name, on in self.flags.items() if on})
        return {k: v for k, v in args.items() if v}

    def posted_fields(self) -> dict[str, str]:
        """Everything set, typed words included, for the next page's POST form."""
        return {k: v for k, v in {**self.shareable_args(), "q": self.text,
                                   "borough": self.borough}.items() if v}


def _clean(value: str | None, limit: int) -> str:
    return " ".join((value or "").split())[:limit]


def choice_options() -> dict[str, list]:
    """Choices for each select field, sorted by name. "Anyone" is implied by every audience."""
    terms = list_taxonomy(directory().search)
    options = {}
    for name, taxonomy in CHOICE_FIELDS.items():
        found = [t for t in terms.in_taxonomy(taxonomy) if t.code != "anyone"]
        options[name] = sorted(found, key=lambda t: t.name)
    return options

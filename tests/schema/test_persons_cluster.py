"""Mentions of one name grouped into persons: which person a mention joins, and the evidence it gets."""
from __future__ import annotations

from tdkt.schema.persons import Mention, _cluster


def mention(number: int, province: str | None, *organisations: str) -> Mention:
    return Mention(number, number, "nguyễn văn an", "Nguyễn Văn An", [], province, None, None, set(organisations))


def persons_of(mentions) -> list[list[tuple[int, str]]]:
    return [[(m.id, evidence) for m, evidence in person] for person in _cluster(mentions)]


def test_a_mention_joins_the_person_made_first_among_those_it_shares_an_organisation_with():
    # person 0 is made by mention 1 (X); person 1 by mention 2 (Y); mention 3 (Y and Z) joins person 1;
    # mention 4 shares Z with person 1 (mention 3) and X with person 0 (mention 1): person 0 was made first;
    # mention 5 (Z only) then finds Z in both persons, and joins person 0 too (through mention 4)
    mentions = [mention(1, "Lạng Sơn", "body:x:Lạng Sơn"), mention(2, "Lạng Sơn", "body:y:Lạng Sơn"),
                mention(3, "Lạng Sơn", "body:y:Lạng Sơn", "body:z:Lạng Sơn"),
                mention(4, "Lạng Sơn", "body:z:Lạng Sơn", "body:x:Lạng Sơn"), mention(5, "Lạng Sơn", "body:z:Lạng Sơn")]
    assert persons_of(mentions) == [
        [(1, "first mention"), (4, "same organisation as mention 1: x:Lạng Sơn"),
         (5, "same organisation as mention 1: z:Lạng Sơn")],
        [(2, "first mention"), (3, "same organisation as mention 2: y:Lạng Sơn")],
    ]


def test_an_organisation_links_mentions_within_a_province_and_a_national_body_anywhere():
    mentions = [mention(1, "Cao Bằng", "locality:district:hòa an"), mention(2, "Hà Giang", "locality:district:hòa an"),
                mention(3, "Cao Bằng", "national:ban thi đua trung ương"),
                mention(4, "Hà Giang", "national:ban thi đua trung ương")]
    assert persons_of(mentions) == [
        [(1, "first mention")],
        [(2, "first mention")],
        [(3, "first mention"), (4, "same organisation as mention 3: ban thi đua trung ương")],
    ]


def test_a_mention_without_an_organisation_joins_the_only_person_of_its_province():
    mentions = [mention(1, "Cao Bằng", "body:x:Cao Bằng"), mention(2, "Hà Giang", "body:y:Hà Giang"),
                mention(3, "Hà Giang", "body:z:Hà Giang"), mention(4, "Cao Bằng"), mention(5, "Hà Giang"),
                mention(6, "Bắc Kạn")]
    assert persons_of(mentions) == [
        [(1, "first mention"), (4, "same name in Cao Bằng, where one person has it")],
        [(2, "first mention")],
        [(3, "first mention")],
        [(5, "no evidence links it to another person")],
        [(6, "first mention")],
    ]

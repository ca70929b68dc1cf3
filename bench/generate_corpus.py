#!/usr/bin/env python3
"""Writes a deterministic, realistic corpus of conference reviews for talkgraph's benchmark.

Reviews are built from the shapes real ones take (the seeds): Korean blog posts with numbered talk
headings and bullets, markdown recaps with "## Session 101 :" headings, prose posts with standalone
titles, English recaps. Talks, years (2014-2025), events (PyCon KR/US/APAC/JP, EuroPython, ...) and
technologies vary; technology names come from talkgraph's own lexicon, written as people write them
(Hangul aliases with particles, Latin names glued to Korean, acronyms with expansions), with ordinary
Korean and English prose around them. A fixed seed makes the same bytes on every run.

Usage: generate_corpus.py OUTDIR [--megabytes 1024] [--seed 7] [--lexicon data/lexicon.txt]
"""
import argparse
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

EVENTS = [("파이콘", "PyCon KR"), ("PyCon KR", "PyCon KR"), ("PyCon Korea", "PyCon KR"), ("PyCon US", "PyCon US"),
          ("PyCon APAC", "PyCon APAC"), ("PyCon JP", "PyCon JP"), ("EuroPython", "EuroPython"), ("PyCon", "PyCon")]
KO_FILLER = ["발표자분께서 실제 서비스에서 겪은 문제를 중심으로 설명해 주셨다", "생각보다 청중이 많아서 자리가 부족했다",
             "슬라이드가 공개되어 있으니 참고하면 좋겠다", "코드 예제가 많아서 따라가기 좋았다",
             "질의응답 시간에 흥미로운 질문이 많이 나왔다", "성능 개선 수치가 인상적이었다",
             "실무에서 바로 적용해 볼 수 있는 내용이었다", "처음 듣는 개념이라 조금 어려웠다",
             "운영 환경에서의 장애 대응 경험을 공유했다", "팀에서 도입을 검토해 볼 만하다"]
EN_FILLER = ["The speaker walked through a production incident and how they fixed it",
             "Slides and a recording are available online", "The room was packed and the Q&A ran long",
             "Lots of live coding, which made it easy to follow", "The benchmarks were impressive",
             "I will try this at work next week", "It was a gentle introduction for beginners"]
KO_TOPICS = ["로 서비스를 개발한 경험", " 도입기", " 성능 최적화", "와 함께하는 데이터 파이프라인", " 내부 구조 톺아보기",
             "에서 타입 힌트 활용하기", " 테스트 전략", "로 만드는 챗봇", " 운영 이야기", " 마이그레이션 후기"]
EN_TOPICS = [" in production", ": lessons learned", " internals", " at scale", " for data engineers", " beyond the basics",
             " and type hints", ": a deep dive", " without tears", " for beginners"]
PARTICLES = ["를", "을", "로", "으로", "는", "은", "와", "과", "에서", "의", "가", "이", ""]
NON_TALK_KO = ["점심", "서울 도착", "후기", "부스 이야기", "1일차", "2일차", "뒤풀이 모임", "마무리"]
NON_TALK_EN = ["Lunch", "Day 1", "Day 2", "Sponsor booths", "Final thoughts", "Getting there"]


def load_names(path):
    names, hangul = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            fields = [x.strip() for x in line.split("|")]
            if len(fields) > 3 and ("ambiguous" in fields[3] or "cue" in fields[3]):
                continue
            names.append(fields[0])
            if len(fields) > 2:
                for a in fields[2].split(","):
                    a = a.strip()
                    if a and not a.startswith("?") and any("\uac00" <= c <= "\ud7a3" for c in a):
                        hangul.append(a)
    return names, hangul


class Writer:
    """Reviews of conferences with a fixed program: every (event, year) has 40-120 talks, each about a
    handful of technologies, so the same talk is reviewed by many people who mostly mention the same
    technologies, as in real reviews. One name in ten is drawn from the whole lexicon."""

    def __init__(self, rng, names, hangul):
        self.r, self.names, self.hangul = rng, names, hangul
        self.programs = {}
        self.topic = None

    def program(self, event, year):
        key = (event, year)
        if key not in self.programs:
            r = random.Random(f"{event}/{year}")
            talks = []
            for _ in range(r.randint(40, 120)):
                topic = [r.choice(self.names) for _ in range(r.randint(3, 8))]
                if self.hangul:
                    topic += [r.choice(self.hangul) for _ in range(2)]
                korean = r.random() < 0.7
                suffix = r.choice(KO_TOPICS if korean else EN_TOPICS)
                talks.append((topic, topic[0] + suffix, korean))
            self.programs[key] = talks
        return self.programs[key]

    def name(self):
        if self.topic and self.r.random() < 0.9:
            return self.r.choice(self.topic)
        if self.r.random() < 0.35 and self.hangul:
            return self.r.choice(self.hangul)
        return self.r.choice(self.names)

    def ko_sentence(self):
        parts = [f"{self.name()}{self.r.choice(PARTICLES)}" for _ in range(self.r.randint(1, 3))]
        return f"{' '.join(parts)} 사용해서 {self.r.choice(KO_FILLER)}."

    def en_sentence(self):
        return f"{self.r.choice(EN_FILLER)}, using {self.name()} and {self.name()}."

    def talk_title(self, korean):
        """Picks the next talk of the program being reviewed and makes its technologies current."""
        topic, title, _ = self.r.choice(self.current_program)
        self.topic = topic
        return title

    def korean_numbered(self, event, year):
        out = [f"{event} {year}에서 들은 내용과 후기입니다.", ""]
        for i in range(1, self.r.randint(5, 12)):
            prefix = "Keynote: " if i <= 2 and self.r.random() < 0.5 else ""
            out += ["", f"{i}. {prefix}{self.talk_title(True)}", ""]
            for _ in range(self.r.randint(4, 14)):
                out.append(f"  • {self.ko_sentence()}")
                if self.r.random() < 0.3:
                    out.append(f"    • {self.ko_sentence()}")
            if self.r.random() < 0.4:
                out += ["", self.r.choice(["성능", "미래", "아키텍처", "GIL", "정리"]), ""]
                out += [f"  • {self.ko_sentence()}" for _ in range(3)]
        out += ["", "후기", "", " ".join(self.ko_sentence() for _ in range(6))]
        return out

    def markdown_recap(self, event, year):
        out = [f"# {event} {year} 후기"]
        for i in range(self.r.randint(5, 12)):
            kind = self.r.choice(["Keynote", "Session 101", "Session 102", "Session 103", "Lightning talk"])
            out.append(f"## {kind} : {self.talk_title(self.r.random() < 0.7)}")
            for _ in range(self.r.randint(2, 4)):
                out.append(f"### {self.name()} 소개")
                out += [f"- {self.ko_sentence()}" for _ in range(self.r.randint(2, 6))]
            if self.r.random() < 0.2:
                out += ["```python", f"import {self.r.choice(['asyncio', 'numpy', 'pandas', 'django'])}",
                        "def handler(event):", "    return event", "```"]
        out += ["## 배운 점", f"- {self.ko_sentence()}", f"- {self.ko_sentence()}"]
        return out

    def prose(self, event, year):
        out = [f"{event} {year} 후기", ""]
        for _ in range(self.r.randint(6, 14)):
            if self.r.random() < 0.3:
                out += [self.r.choice(NON_TALK_KO), "", " ".join(self.ko_sentence() for _ in range(4)), ""]
            else:
                out += [self.talk_title(True), "", "해당 세션에서는 " + " ".join(self.ko_sentence() for _ in range(5)), ""]
        return out

    def english(self, event, year):
        out = [f"# {event} {year} recap", ""]
        for day in (1, 2):
            out += [f"## Day {day}", ""]
            for _ in range(self.r.randint(3, 7)):
                out += [f"### {self.talk_title(False)}", "", " ".join(self.en_sentence() for _ in range(5)), ""]
            out += [f"### {self.r.choice(NON_TALK_EN)}", "", self.en_sentence(), ""]
        return out

    def review(self):
        label, canonical = self.r.choice(EVENTS)
        year = self.r.randint(2014, 2025)
        self.current_program = self.program(canonical, year)
        self.topic = None
        shape = self.r.choice([self.korean_numbered, self.korean_numbered, self.markdown_recap, self.prose, self.english])
        return "\n".join(shape(label, year)) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir")
    ap.add_argument("--megabytes", type=int, default=1024)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--lexicon", default=os.path.join(HERE, "..", "data", "lexicon.txt"))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    names, hangul = load_names(args.lexicon)
    writer = Writer(rng, names, hangul)
    target = args.megabytes * 1024 * 1024
    total, n = 0, 0
    while total < target:
        folder = os.path.join(args.outdir, f"{n // 1000:04d}")
        os.makedirs(folder, exist_ok=True)
        text = writer.review().encode("utf-8")
        with open(os.path.join(folder, f"review-{n:06d}.md"), "wb") as f:
            f.write(text)
        total += len(text)
        n += 1
    print(f"{args.outdir}: {n} reviews, {total / 1e6:.1f} MB")


if __name__ == "__main__":
    main()

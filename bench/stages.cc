// What extraction's first stages cost on their own, on one thread: reading (and validating) the files,
// then parsing the document model (md4c), then matching the lexicon over its visible text, then
// splitting sentences, each stage with the ones before it, against the whole extraction. The speed
// of "read + parse + match" bounds any extractor that keeps today's parser and matcher, however well
// its other passes were fused into it.
// Usage: talkgraph_bench_stages PATH [ROUNDS (default 3)]   (the best of ROUNDS runs of each stage)
#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <functional>

#include "bench/bench_input.h"
#include "cli/allocator.h"
#include "extract/document.h"
#include "extract/entity_matcher.h"
#include "extract/extractor.h"
#include "extract/sentences.h"

using namespace talkgraph;

namespace {

// What the stages found, summed, so that the compiler cannot drop their work.
volatile size_t found_sink = 0;

// Runs `stage` on every file `rounds` times; the best time, and the bytes of one round.
std::pair<double, size_t> best_of(const std::vector<InputFile>& files, int rounds,
                                  const std::function<size_t(const SourceDocument&)>& stage) {
  double best = 0;
  size_t bytes = 0;
  for (int r = 0; r < rounds; ++r) {
    bytes = 0;
    size_t sink = 0;
    const auto start = std::chrono::steady_clock::now();
    for (const InputFile& file : files) {
      SourceDocument doc;
      std::string error;
      if (!read_document(file.path, &doc, &error)) continue;
      bytes += doc.text.size();
      sink += stage(doc);
    }
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (r == 0 || s < best) best = s;
    found_sink = found_sink + sink;
  }
  return {best, bytes};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s PATH [ROUNDS]\n", argv[0]);
    return 2;
  }
  Corpus corpus;
  if (!open_bench_corpus(argv[1], 1, &corpus)) return 1;
  const std::vector<InputFile>& files = corpus.files();
  const int rounds = std::max(1, argc > 2 ? std::atoi(argv[2]) : 3);
  const EntityMatcher matcher(corpus.knowledge_base().lexicon);
  const Extractor& extractor = corpus.extractor();

  struct Stage {
    const char* name;
    std::function<size_t(const SourceDocument&)> run;
  };
  const Stage stages[] = {
      {"read and validate", [](const SourceDocument& d) { return d.text.size(); }},
      {"+ parse the document", [](const SourceDocument& d) { return parse_document(d.text).blocks.size(); }},
      {"+ match the lexicon",
       [&](const SourceDocument& d) { return matcher.find(parse_document(d.text).text).size(); }},
      {"+ split sentences",
       [&](const SourceDocument& d) {
         const Document doc = parse_document(d.text);
         return matcher.find(doc.text).size() + split_sentences(doc).size();
       }},
      {"whole extraction", [&](const SourceDocument& d) { return extractor.extract(d, d.path, ExtractOptions{}).mentions.size(); }},
  };
  std::printf("%zu files, 1 thread, best of %d (%s)\n", files.size(), rounds, allocator_name().c_str());
  for (const Stage& stage : stages) {
    const auto [seconds, bytes] = best_of(files, rounds, stage.run);
    std::printf("%-22s %7.3f s  %7.1f MB/s  %5.1f ns/byte\n", stage.name, seconds, bytes / 1e6 / seconds,
                seconds * 1e9 / static_cast<double>(bytes));
  }
  return 0;
}

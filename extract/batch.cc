#include "extract/batch.h"

#include <algorithm>
#include <atomic>
#include <thread>

#include "extract/corpus.h"

namespace talkgraph {

std::vector<DocumentExtraction> extract_files(const std::vector<std::string>& files, const Extractor& extractor,
                                              const ExtractOptions& options, int jobs,
                                              std::vector<std::string>* problems) {
  std::vector<DocumentExtraction> results(files.size());
  std::vector<std::string> errors(files.size());
  std::vector<char> ok(files.size(), 0);
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < files.size(); i = next++) {
      SourceDocument doc;
      if (!read_document(files[i], &doc, &errors[i])) continue;
      results[i] = extractor.extract(doc, files[i] == "-" ? "stdin" : files[i], options);
      ok[i] = 1;
    }
  };
  size_t wanted = jobs > 0 ? static_cast<size_t>(jobs) : std::max(1u, std::thread::hardware_concurrency());
  size_t n = std::max<size_t>(1, std::min(wanted, files.size()));
  std::vector<std::thread> pool;
  for (size_t t = 1; t < n; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();

  std::vector<DocumentExtraction> done;
  std::vector<std::string> warnings;
  for (size_t i = 0; i < files.size(); ++i) {
    if (!ok[i]) {
      problems->push_back(errors[i]);
      continue;
    }
    warnings.insert(warnings.end(), results[i].warnings.begin(), results[i].warnings.end());
    done.push_back(std::move(results[i]));
  }
  problems->insert(problems->end(), warnings.begin(), warnings.end());
  return done;
}

}  // namespace talkgraph

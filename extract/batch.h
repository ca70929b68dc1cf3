// Batch extraction: many files through one Extractor on a pool of threads, streamed in file order.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "extract/corpus.h"
#include "extract/extraction.h"
#include "extract/extractor.h"

namespace talkgraph {

// Called on the caller's thread for each document, in the order of the files: with `jobs` threads
// (0: one per core) extracting ahead, at most a few documents per thread wait in memory, so memory
// does not grow with the corpus. `progress`, when given, is called with the files finished so far
// (read or not) and their bytes, for progress reports.
struct BatchProgress {
  size_t files = 0;
  size_t bytes = 0;
};

void extract_stream(const std::vector<InputFile>& files, const Extractor& extractor, const ExtractOptions& options,
                    int jobs, const std::function<void(DocumentExtraction&&)>& sink,
                    std::vector<std::string>* problems,
                    const std::function<void(const BatchProgress&)>& progress = nullptr);

// Everything at once, in file order: for tests and small corpora. A file that cannot be read is left
// out and described in *problems ("path:line: reason"), in file order, followed by the warnings of
// the files that were read.
std::vector<DocumentExtraction> extract_files(const std::vector<InputFile>& files, const Extractor& extractor,
                                              const ExtractOptions& options, int jobs,
                                              std::vector<std::string>* problems);

}  // namespace talkgraph

// Batch extraction: many files through one Extractor on a pool of threads.
#pragma once

#include <string>
#include <vector>

#include "extract/extraction.h"
#include "extract/extractor.h"

namespace talkgraph {

// Reads and extracts `files` on `jobs` threads (0: one per core). Results come back in the order of
// `files`, whatever the thread count, so every later step is deterministic. A file that cannot be
// read is left out and described in *problems ("path:line: reason"), in file order, followed by the
// warnings of the files that were read.
std::vector<DocumentExtraction> extract_files(const std::vector<std::string>& files, const Extractor& extractor,
                                              const ExtractOptions& options, int jobs,
                                              std::vector<std::string>* problems);

}  // namespace talkgraph

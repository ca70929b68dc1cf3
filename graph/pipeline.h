// Corpus: the stages from review files to a graph, wired once (docs/architecture.md): the knowledge
// base, the inputs, the review metadata, extraction on worker threads, and the merge into a
// KnowledgeGraph. The command line, the golden test, the bench programs and the fuzz checks all go
// through it, so what is a default here is the default everywhere.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/batch.h"
#include "extract/corpus.h"
#include "extract/extractor.h"
#include "extract/knowledge_base.h"
#include "extract/review_meta.h"
#include "graph/graph_builder.h"

namespace talkgraph {

struct CorpusSpec {
  std::vector<std::string> paths;     // files and folders; "-" is standard input
  std::vector<std::string> lexicons;  // lexicon files merged over the built-in one
  std::string meta;                   // CSV of path,event,year (extract/review_meta.h); empty: none
  ExtractOptions extract;             // the year of undated reviews, talk explanations, limits
  int jobs = 0;                       // worker threads (0: one per core)
  bool follow_links = false;          // follow symbolic links out of the folders given
};

class Corpus {
 public:
  // Loads the knowledge base and the metadata and lists the inputs. False, with *errors, when the
  // run cannot start (a lexicon or metadata file that does not load). Inputs that cannot be read go
  // to *problems ("path: reason"); lexicon and metadata warnings to *warnings.
  bool open(const CorpusSpec& spec, std::vector<std::string>* errors, std::vector<std::string>* warnings,
            std::vector<std::string>* problems);

  const std::vector<InputFile>& files() const { return files_; }
  const KnowledgeBase& knowledge_base() const { return *kb_; }
  const Extractor& extractor() const { return *extractor_; }  // after a successful open()

  // Reads and extracts every input on the spec's threads and hands each document to `sink` in file
  // order, its metadata applied, and drops it after: memory does not grow with the corpus. Files
  // that cannot be read, and documents' warnings, are appended to *problems.
  void extract(const std::function<void(DocumentExtraction&&)>& sink, std::vector<std::string>* problems,
               const std::function<void(const BatchProgress&)>& progress = nullptr) const;

  // extract() merged by a GraphBuilder: the corpus's graph, before metrics (graph/metrics.h).
  KnowledgeGraph build_graph(const GraphOptions& options, std::vector<std::string>* problems) const;

 private:
  CorpusSpec spec_;
  // Behind a pointer: the extractor keeps references into it. Empty until open().
  std::unique_ptr<KnowledgeBase> kb_ = std::make_unique<KnowledgeBase>();
  std::unique_ptr<Extractor> extractor_;
  ReviewMetaTable meta_;
  std::unordered_map<std::string, const ReviewMeta*> meta_by_name_;
  std::vector<InputFile> files_;
};

}  // namespace talkgraph

#include "graph/pipeline.h"

namespace talkgraph {

bool Corpus::open(const CorpusSpec& spec, std::vector<std::string>* errors, std::vector<std::string>* warnings,
                  std::vector<std::string>* problems) {
  spec_ = spec;
  kb_ = std::make_unique<KnowledgeBase>();
  if (!load_knowledge_base(spec.lexicons, kb_.get(), errors, warnings)) return false;
  if (!spec.meta.empty()) {
    std::string error;
    if (!meta_.load(spec.meta, &error)) {
      errors->push_back(error);
      return false;
    }
  }
  files_ = collect_inputs(spec.paths, problems, spec.follow_links);
  if (!meta_.empty()) {
    const std::vector<const ReviewMeta*> matched = meta_.match(files_, warnings);
    for (size_t i = 0; i < files_.size(); ++i) {
      if (matched[i] != nullptr) meta_by_name_.emplace(files_[i].name, matched[i]);
    }
  }
  extractor_ = std::make_unique<Extractor>(kb_->lexicon, &kb_->pypi);
  return true;
}

void Corpus::extract(const std::function<void(DocumentExtraction&&)>& sink, std::vector<std::string>* problems,
                     const std::function<void(const BatchProgress&)>& progress) const {
  extract_stream(
      files_, *extractor_, spec_.extract, spec_.jobs,
      [&](DocumentExtraction&& d) {
        if (auto it = meta_by_name_.find(d.name); it != meta_by_name_.end()) apply_review_meta(*it->second, &d);
        sink(std::move(d));
      },
      problems, progress);
}

KnowledgeGraph Corpus::build_graph(const GraphOptions& options, std::vector<std::string>* problems) const {
  GraphBuilder builder(options);
  extract([&](DocumentExtraction&& d) { builder.add(d); }, problems);
  return builder.build();
}

}  // namespace talkgraph

#include "cli/corpus_options.h"

#include <iostream>

#include "extract/batch.h"
#include "extract/corpus.h"
#include "extract/extractor.h"

namespace talkgraph {

void report(const std::string& message) { std::cerr << "talkgraph: " << message << '\n'; }

void add_corpus_options(CLI::App* command, CorpusOptions* options) {
  command->add_option("paths", options->paths, "Files and folders to read (.txt, .md, .markdown; '-' reads stdin)")
      ->capture_default_str();
  command->add_option("--lexicon", options->lexicons, "Extra lexicon file, merged over the built-in one (repeatable)");
  command->add_option("--year", options->year, "Year of documents that state none")->check(CLI::Range(1900, 2100));
  command->add_option("-j,--jobs", options->jobs, "Worker threads (default: one per core)")
      ->check(CLI::NonNegativeNumber);
  command->add_flag("-q,--quiet", options->quiet, "Print nothing but errors");
  command->add_flag("--strict", options->strict, "Treat any unreadable file as fatal: write nothing");
}

int load_corpus(const CorpusOptions& options, Corpus* corpus) {
  std::vector<std::string> errors, warnings;
  bool ok = load_knowledge_base(options.lexicons, &corpus->kb, &errors, &warnings);
  for (const std::string& e : errors) report(e);
  if (!options.quiet) {
    for (const std::string& w : warnings) report("warning: " + w);
  }
  if (!ok) return 2;

  std::vector<std::string> files = collect_inputs(options.paths, &corpus->problems);
  Extractor extractor(corpus->kb.lexicon, &corpus->kb.pypi);
  ExtractOptions extract_options;
  extract_options.default_year = options.year;
  corpus->documents = extract_files(files, extractor, extract_options, options.jobs, &corpus->problems);
  for (const std::string& p : corpus->problems) report(p);
  for (const DocumentExtraction& d : corpus->documents) corpus->bytes += d.bytes;
  if (options.strict && !corpus->problems.empty()) {
    report("--strict: stopping because of the problems above; nothing written");
    corpus->documents.clear();
    return 1;
  }
  if (corpus->documents.empty()) {
    report("no document could be read; nothing written");
    return 1;
  }
  return corpus->problems.empty() ? 0 : 1;
}

}  // namespace talkgraph

#include "cli/corpus_options.h"

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "base/text_util.h"
#include "cli/option_checks.h"
#include "extract/batch.h"
#include "extract/corpus.h"

namespace talkgraph {

// Messages name files, and a file name may hold any byte: printed escaped (printable).
void report(const std::string& message) { std::cerr << "talkgraph: " << printable(message) << '\n'; }

void add_corpus_options(CLI::App* command, CorpusOptions* options) {
  command->add_option("paths", options->paths,
                      "Files and folders to read (.txt, .md, .markdown; '-' reads stdin); none: seeds/ if it is here");
  command->add_option("--lexicon", options->lexicons, "Extra lexicon file, merged over the built-in one (repeatable)");
  command->add_option("--year", options->year, "Year (1900 to 2100) of documents that state none")->check(whole_number(1900, 2100));
  command->add_option("--meta", options->meta,
                      "CSV of path,event,year: the event and year of reviews whose text does not say them");
  command->add_option("-j,--jobs", options->jobs, "Worker threads, 0 to 4096 (default 0: one per core)")
      ->check(whole_number(0, 4096));
  command->add_flag("-q,--quiet", options->quiet, "Print nothing but errors");
  command->add_flag("--strict", options->strict, "Treat any unreadable file as fatal: write nothing");
  command->add_flag("--follow-links", options->follow_links,
                    "Follow symbolic links that lead out of the folders given (by default they are reported and skipped)");
}

namespace {

// "12,345/60,000 files  512.3 MB  48.1 MB/s  about 40 s left", rewritten in place about five times
// a second (MB: 10^6 bytes, here and in the summary). The estimate waits until it means something:
// two seconds in and a twentieth of the bytes read.
class ProgressLine {
 public:
  ProgressLine(size_t total_files, size_t total_bytes, bool enabled)
      : total_files_(total_files), total_bytes_(total_bytes), enabled_(enabled) {}
  void update(const BatchProgress& p) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(200) && p.files != total_files_) return;
    last_ = now;
    double seconds = std::chrono::duration<double>(now - start_).count();
    double rate = seconds > 0 ? static_cast<double>(p.bytes) / 1e6 / seconds : 0;
    const bool settled = seconds >= 2 && p.bytes * 20 >= total_bytes_;
    std::string left = settled && rate > 0 && total_bytes_ > p.bytes
                           ? fmt::format("  about {:.0f} s left", static_cast<double>(total_bytes_ - p.bytes) / 1e6 / rate)
                           : "";
    std::cerr << fmt::format("\r{}/{} files  {:.1f} MB  {:.1f} MB/s{}\x1b[K", p.files, total_files_,
                             static_cast<double>(p.bytes) / 1e6, rate, left);
    if (p.files == total_files_) std::cerr << '\n';
  }

 private:
  size_t total_files_, total_bytes_;
  bool enabled_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_{};
};

size_t total_size(const std::vector<InputFile>& files) {
  size_t total = 0;
  for (const InputFile& f : files) {
    std::error_code ec;
    if (f.path != "-") total += static_cast<size_t>(std::filesystem::file_size(f.path, ec));
  }
  return total;
}

}  // namespace

int read_corpus(const CorpusOptions& options, CorpusRun* run, const std::function<void(DocumentExtraction&&)>& sink) {
  CorpusSpec spec;
  spec.paths = options.paths;
  if (spec.paths.empty()) {
    // The default corpus is the sample reviews of a clone; anywhere else, say what to give.
    std::error_code ec;
    if (!std::filesystem::is_directory("seeds", ec)) {
      report("no PATH given, and no seeds/ folder here to read by default: name the files or folders of reviews "
             "to read after the command, e.g. ~/reviews");
      return 2;
    }
    spec.paths.push_back("seeds");
  }
  spec.lexicons = options.lexicons;
  spec.meta = options.meta;
  spec.extract.default_year = options.year;
  spec.extract.explain_talks = options.explain_talks;
  spec.jobs = options.jobs;
  spec.follow_links = options.follow_links;
  std::vector<std::string> errors, warnings;
  const bool opened = run->input.open(spec, &errors, &warnings, &run->problems);
  for (const std::string& e : errors) report(e);
  if (!options.quiet) {
    for (const std::string& w : warnings) report("warning: " + w);
  }
  if (!opened) return 2;
  for (const std::string& p : run->problems) report(p);
  const size_t reported = run->problems.size();
  const std::vector<InputFile>& files = run->input.files();
  bool show_progress = !options.quiet && ::isatty(2) && files.size() > 1;
  ProgressLine progress(files.size(), show_progress ? total_size(files) : 0, show_progress);
  run->input.extract(
      [&](DocumentExtraction&& d) {
        ++run->documents;
        run->bytes += d.bytes;
        if (d.event.year == 0) {
          if (run->without_year.size() < 20) run->without_year.push_back(d.name + " ('" + d.event.name + "')");
          ++run->without_year_count;
        }
        sink(std::move(d));
      },
      &run->problems, [&](const BatchProgress& p) { progress.update(p); });
  for (size_t i = reported; i < run->problems.size(); ++i) report(run->problems[i]);
  if (options.strict && !run->problems.empty()) {
    report("--strict: stopping because of the problems above; nothing written");
    return 1;
  }
  if (run->documents == 0) {
    report("no document could be read; nothing written");
    return 1;
  }
  return run->problems.empty() ? 0 : 1;
}

}  // namespace talkgraph

// ReviewMeta: event and year a user states for reviews whose text does not (`--meta FILE`).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "extract/corpus.h"
#include "extract/extraction.h"

namespace talkgraph {

struct ReviewMeta {
  std::string event;  // "" when the line leaves it empty
  int year = 0;       // 0 when the line leaves it empty
  int line = 0;       // in the metadata file, for messages
};

// The metadata file: CSV, one review per line as `path,event,year` (a header line starting `path` and
// lines starting `#` are skipped; a field may be quoted, with "" for a quote; event or year may be
// empty). A path names a review as the command line reaches it (relative to the current folder, or
// absolute) or by its name in the outputs (InputFile::name).
class ReviewMetaTable {
 public:
  // False with *error ("FILE:LINE: reason") when the file cannot be read or a line is malformed.
  bool load(const std::string& file, std::string* error);
  // The metadata for each input file (nullptr where none), in the files' order. Lines that matched
  // no file are appended to *unmatched as "FILE:LINE: no review 'path' among the inputs".
  std::vector<const ReviewMeta*> match(const std::vector<InputFile>& files, std::vector<std::string>* unmatched) const;
  bool empty() const { return by_path_.empty(); }

 private:
  std::string file_;
  std::map<std::string, ReviewMeta> by_path_;  // the path as written, '/'-separated and normalized
};

// Sets the event and year the text did not say: an unnamed event takes meta.event, an unknown year (or
// one that came from --year) takes meta.year, with year_source "meta". Talks of the review's own
// event follow it.
void apply_review_meta(const ReviewMeta& meta, DocumentExtraction* doc);

}  // namespace talkgraph

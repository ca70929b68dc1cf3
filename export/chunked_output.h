// ChunkedOutput: writers format into one string and hand it to the stream about a megabyte at a
// time, so a value costs appends to a buffer, not a temporary string, and the stream sees one write
// per chunk instead of one per line.
#pragma once

#include <ostream>
#include <string>

namespace talkgraph {

class ChunkedOutput {
 public:
  explicit ChunkedOutput(std::ostream& out) : out_(out) { text_.reserve(kChunk + kChunk / 2); }
  ChunkedOutput(const ChunkedOutput&) = delete;
  ChunkedOutput& operator=(const ChunkedOutput&) = delete;
  // Flushing is explicit (flush()): a destructor cannot report a failed write.
  ~ChunkedOutput() = default;

  // The text to append to.
  std::string* text() { return &text_; }
  ChunkedOutput& operator<<(std::string_view s) {
    text_.append(s);
    return *this;
  }
  // Call between records: writes the buffer out once it holds a chunk.
  void record_done() {
    if (text_.size() >= kChunk) flush();
  }
  void flush() {
    out_.write(text_.data(), static_cast<std::streamsize>(text_.size()));
    text_.clear();
  }

 private:
  static constexpr size_t kChunk = size_t{1} << 20;
  std::ostream& out_;
  std::string text_;
};

}  // namespace talkgraph

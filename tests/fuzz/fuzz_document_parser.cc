// libFuzzer target: check_document_parser (tests/fuzz/fuzz_checks.h) on arbitrary bytes.
#include "tests/fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  talkgraph::fuzz::check_document_parser(data, size);
  return 0;
}

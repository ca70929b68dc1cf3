// FuzzChecks: what each fuzz target asserts, shared by the libFuzzer targets and the regression test.
#pragma once

#include <cstddef>
#include <cstdint>

namespace talkgraph::fuzz {

// Each takes arbitrary bytes, runs a stage the way talkgraph does on a file, and aborts (via
// FUZZ_CHECK) when an invariant breaks; crashes, leaks and undefined behaviour are the sanitizers' job.
void check_document_parser(const uint8_t* data, size_t size);  // prepare, the document model, sentences, event
void check_extractor(const uint8_t* data, size_t size);        // the built-in lexicon over the text
void check_export_round_trip(const uint8_t* data, size_t size);  // build, then every writer parses back

}  // namespace talkgraph::fuzz

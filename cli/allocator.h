// Which allocator the program runs on, for --version and the benchmark's report. CMake defines
// TALKGRAPH_MIMALLOC in the programs it links with mimalloc (option TALKGRAPH_MIMALLOC), whose shared
// library then stands in for malloc, free and operator new everywhere in the process.
#pragma once

#include <string>

#if TALKGRAPH_MIMALLOC
#include <mimalloc.h>
#endif

namespace talkgraph {

inline std::string allocator_name() {
#if TALKGRAPH_MIMALLOC
  const int v = mi_version();  // 209 for 2.0.9
  return "mimalloc " + std::to_string(v / 100) + "." + std::to_string(v / 10 % 10) + "." + std::to_string(v % 10);
#else
  return "the C library's malloc";
#endif
}

}  // namespace talkgraph

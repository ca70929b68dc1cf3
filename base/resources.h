// Where talkgraph finds its data files at run time, wherever it was installed.
#pragma once

#include <string>

namespace talkgraph {

// The folder of the built-in lexicon files (lexicon.txt, python-stdlib.txt, pypi-top.txt,
// pypi-index.txt), in this order:
//   1. $TALKGRAPH_DATA_DIR when set;
//   2. PREFIX/share/talkgraph/data for a binary at PREFIX/bin/talkgraph (`cmake --install`), found
//      from the binary's own path, so an installed prefix can be moved or copied whole;
//   3. the source tree's data/, for the binary in its build tree (the README's commands and the tests).
// A binary outside its build tree never reads the source tree: a moved or copied build says what is
// missing instead of reading files it was not installed with.
std::string data_dir();

// The folder of the HTML page's scripts and styles (app.js, style.css and the npm libraries under
// node_modules/): $TALKGRAPH_WEB_DIR, else PREFIX/share/talkgraph/web, else the source tree's
// export/web/, by the same rules.
std::string web_dir();

}  // namespace talkgraph

// The `tarikh` command line, as a function so that the unit tests can run it in-process.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace tarikh::cli {

// Exit codes: 0 success; 1 some input could not be read or parsed (the rest was still
// processed); 2 usage error (bad flag or value: nothing was processed).
enum Exit { kOk = 0, kInputError = 1, kUsage = 2 };

// Runs `tarikh ARGS...` (args excludes the program name); `in` stands for standard input.
int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace tarikh::cli

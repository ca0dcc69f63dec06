// The `tarikh` command line tool; everything but the process plumbing is in cli.cpp.
#include <iostream>

#include "cli.hpp"

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    std::vector<std::string> args(argv + 1, argv + argc);
    return tarikh::cli::run(args, std::cin, std::cout, std::cerr);
}

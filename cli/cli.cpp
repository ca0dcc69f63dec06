#include "cli.hpp"

#include <algorithm>
#include <atomic>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "formats.hpp"
#include "tarikh/contract_json.hpp"
#include "tarikh/tarikh.hpp"

#ifndef TARIKH_VERSION
#define TARIKH_VERSION "dev"
#endif

namespace tarikh::cli {
namespace {

constexpr const char* kHelp = R"(tarikh — extract timelines (dated events) from news articles in Arabic, English and French.

Usage:
  tarikh extract [--dct YYYY-MM-DD] [--lang ar|en|fr|auto] [--format json|jsonl|csv|timeml] [FILE...|-]
  tarikh extract --jsonl [--jobs N] [--dct ...] [--lang ...] [FILE...|-]
  tarikh --help | --version

extract reads plain-text articles, one per FILE ("-" or no FILE: standard input), and writes
what it finds in the JSON contract (shared/schema/output.md):
  --format json    one FILE: the document's result object; several: {"documents", "timeline"}
                   with the events of all of them merged into one timeline (the default)
  --format jsonl   one result object a line, one line per FILE, no merging
  --format csv     one row per event: doc,event,begin,end,value,start,end_date,granularity,mod,
                   approximate,title (offsets in code points)
  --format timeml  each text with inline <TIMEX3 tid type value [mod]> tags
  --dct DATE       publication date of the articles (YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]);
                   default: detected from the text
  --lang CODE      ar, en, fr or auto (the default: detected)

extract --jsonl is the batch form: each input line is a JSON document
{"id", "text", "dct", "lang"}; each is extracted on its own and gives one output line, in order.
--dct and --lang fill in documents that lack them. Blank lines are skipped. A line that is not a
valid document is reported on standard error as "tarikh: line N: reason" and answered with
{"id": ..., "error": "reason"}; the other lines go on. --jobs N extracts N documents at once
(default: one per processor core); the output is the same, in the same order, for any N.

Exit status: 0 success; 1 an input could not be read or a line was invalid (the rest was still
processed); 2 bad usage (nothing was processed).
)";

enum class Format { json, jsonl, csv, timeml };

struct Options {
    Format format = Format::json;
    bool jsonl_input = false;
    int jobs = 0;  // documents extracted at once by --jsonl; 0: one per core
    std::string dct, lang;
    std::vector<std::string> files;
};

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

bool is_digits(std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// YYYY-MM-DD, optionally followed by Thh:mm or Thh:mm:ss.
bool valid_dct(std::string_view d) {
    auto field = [&](size_t at, size_t len) { return d.size() >= at + len && is_digits(d.substr(at, len)); };
    if (!(field(0, 4) && d.size() >= 10 && d[4] == '-' && field(5, 2) && d[7] == '-' && field(8, 2))) return false;
    int month = std::stoi(std::string(d.substr(5, 2))), day = std::stoi(std::string(d.substr(8, 2)));
    if (month < 1 || month > 12 || day < 1 || day > 31) return false;
    if (d.size() == 10) return true;
    bool time = d[10] == 'T' && field(11, 2) && d.size() >= 16 && d[13] == ':' && field(14, 2);
    return time && (d.size() == 16 || (d.size() == 19 && d[16] == ':' && field(17, 2)));
}

Options parse_extract_args(const std::vector<std::string>& args) {
    Options o;
    bool format_given = false;
    for (size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](const char* flag) -> std::string {
            if (i + 1 >= args.size()) throw UsageError(std::string(flag) + " needs a value");
            return args[++i];
        };
        if (a == "--dct") {
            o.dct = value("--dct");
            if (!valid_dct(o.dct)) throw UsageError("--dct must be YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss], not '" + o.dct + "'");
        } else if (a == "--lang") {
            o.lang = value("--lang");
            if (o.lang != "ar" && o.lang != "en" && o.lang != "fr" && o.lang != "auto")
                throw UsageError("--lang must be ar, en, fr or auto, not '" + o.lang + "'");
        } else if (a == "--format") {
            std::string f = value("--format");
            format_given = true;
            if (f == "json") o.format = Format::json;
            else if (f == "jsonl") o.format = Format::jsonl;
            else if (f == "csv") o.format = Format::csv;
            else if (f == "timeml") o.format = Format::timeml;
            else throw UsageError("--format must be json, jsonl, csv or timeml, not '" + f + "'");
        } else if (a == "--jsonl") {
            o.jsonl_input = true;
        } else if (a == "--jobs") {
            const std::string n = value("--jobs");
            if (!is_digits(n) || n.size() > 3 || std::stoi(n) < 1) throw UsageError("--jobs must be a number from 1, not '" + n + "'");
            o.jobs = std::stoi(n);
        } else if (a.size() > 1 && a[0] == '-') {
            throw UsageError("unknown option '" + a + "'");
        } else {
            o.files.push_back(a);
        }
    }
    if (o.jsonl_input) {
        if (format_given && o.format != Format::jsonl)
            throw UsageError("--jsonl writes JSON lines: it takes no other --format");
        o.format = Format::jsonl;
    } else if (o.jobs) {
        throw UsageError("--jobs goes with --jsonl");
    }
    if (o.files.empty()) o.files.push_back("-");
    return o;
}

// Reads a whole input ("-" is `in`). Returns false when the file cannot be read.
bool read_input(const std::string& name, std::istream& in, std::string& content) {
    if (name == "-") {
        content.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        return !in.bad();
    }
    std::ifstream f(name, std::ios::binary);
    if (!f) return false;
    content.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
    return !f.bad();
}

std::string display_name(const std::string& file) { return file == "-" ? "stdin" : file; }

// Calls f(i) for each i < n on `jobs` threads (this one among them), each taking the next i.
template <class F>
void parallel_for(size_t n, int jobs, F f) {
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (size_t i; (i = next++) < n;) f(i);
    };
    std::vector<std::thread> helpers;
    for (int t = 1; t < jobs && static_cast<size_t>(t) < n; ++t) helpers.emplace_back(work);
    work();
    for (std::thread& h : helpers) h.join();
}

// The batch form: JSON lines in, one JSON line out per document line, in order. Lines are read
// in batches, each extracted on `jobs` threads and written before the next batch is read, so
// that memory stays bounded on any input and nothing waits on a slow line for long.
int run_jsonl(const Options& o, std::istream& in, std::ostream& out, std::ostream& err) {
    const Engine& engine = default_engine();
    const int jobs = o.jobs ? o.jobs : static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 16u));
    constexpr size_t kBatchLines = 512, kBatchBytes = size_t{16} << 20;
    struct Line {
        long number;
        std::string text, answer, error;
    };
    std::vector<Line> batch;
    int status = kOk;
    auto flush = [&](const std::string& where) {
        parallel_for(batch.size(), jobs, [&](size_t i) {
            Line& l = batch[i];
            l.answer = extract_jsonl_line(engine, l.text, l.error, o.dct, o.lang);
        });
        for (const Line& l : batch) {
            out << l.answer << '\n';
            if (l.error.empty()) continue;
            err << "tarikh: " << where << "line " << l.number << ": " << l.error << "\n";
            status = kInputError;
        }
        batch.clear();
    };
    for (const std::string& file : o.files) {
        std::ifstream f;
        std::istream* src = &in;
        if (file != "-") {
            f.open(file, std::ios::binary);
            if (!f) {
                err << "tarikh: cannot read " << file << "\n";
                status = kInputError;
                continue;
            }
            src = &f;
        }
        // Line numbers name the file when there are several inputs.
        const std::string where = o.files.size() > 1 ? display_name(file) + ": " : "";
        std::string line;
        size_t bytes = 0;
        for (long n = 1; std::getline(*src, line); ++n) {
            if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
            bytes += line.size();
            batch.push_back({n, std::move(line), {}, {}});
            if (batch.size() < kBatchLines && bytes < kBatchBytes) continue;
            flush(where);
            bytes = 0;
        }
        flush(where);
        if (src->bad()) {
            err << "tarikh: error reading " << display_name(file) << "\n";
            status = kInputError;
        }
    }
    return status;
}

// Plain-text articles, one per input.
int run_text(const Options& o, std::istream& in, std::ostream& out, std::ostream& err) {
    int status = kOk;
    std::vector<Document> docs;
    for (const std::string& file : o.files) {
        std::string text;
        if (!read_input(file, in, text)) {
            err << "tarikh: cannot read " << file << "\n";
            status = kInputError;
            continue;
        }
        docs.push_back({display_name(file), std::move(text), o.dct, o.lang});
    }
    if (docs.empty()) return status;

    if (o.format == Format::json) {
        Result r = default_engine().extract(docs);
        out << (docs.size() == 1 && o.files.size() == 1 ? dump(r.documents[0]) : dump(r)) << '\n';
        return status;
    }
    if (o.format == Format::csv) write_csv_header(out);
    for (const Document& d : docs) {
        DocumentResult r = default_engine().extract_one(d);
        if (o.format == Format::jsonl) out << dump(r) << '\n';
        else if (o.format == Format::csv) write_csv_rows(out, r);
        else write_timeml(out, r, d.text);
    }
    return status;
}

}  // namespace

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        (args.empty() ? err : out) << kHelp;
        return args.empty() ? kUsage : kOk;
    }
    if (args[0] == "--version") {
        out << "tarikh " << TARIKH_VERSION << "\n";
        return kOk;
    }
    if (args[0] != "extract") {
        err << "tarikh: unknown command '" << args[0] << "' (try tarikh --help)\n";
        return kUsage;
    }
    Options o;
    try {
        for (const std::string& a : args)
            if (a == "--help" || a == "-h") {
                out << kHelp;
                return kOk;
            }
        o = parse_extract_args(args);
    } catch (const UsageError& e) {
        err << "tarikh: " << e.what() << " (try tarikh --help)\n";
        return kUsage;
    }
    try {
        int status = o.jsonl_input ? run_jsonl(o, in, out, err) : run_text(o, in, out, err);
        out.flush();
        return status;
    } catch (const std::exception& e) {
        err << "tarikh: internal error: " << e.what() << "\n";
        return kInputError;
    }
}

}  // namespace tarikh::cli

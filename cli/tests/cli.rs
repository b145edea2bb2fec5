//! The CLI's contract: JSON shape, code-point offsets, and error handling that
//! names the bad input and carries on.

use std::io::Write;
use std::process::{Command, Stdio};

fn lede() -> Command {
    Command::new(env!("CARGO_BIN_EXE_lede"))
}

fn run_jsonl(input: &str) -> (String, String, bool) {
    let mut child = lede()
        .args(["analyze", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.success(),
    )
}

#[test]
fn jsonl_output_has_the_contract_fields_and_code_point_offsets() {
    let (out, _, ok) = run_jsonl("{\"id\": 7, \"text\": \"São Paulo saw 1,587km on Feb 27.\"}\n");
    assert!(ok);
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    let obj = v.as_object().unwrap();
    let mut keys: Vec<_> = obj.keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(keys, ["clusters", "debris", "entities", "facts", "id", "numbers", "quotes"]);
    assert_eq!(v["id"], 7);
    let place = &v["entities"][0];
    assert_eq!((place["start"].as_u64(), place["end"].as_u64()), (Some(0), Some(9)));
    assert_eq!(place["label"], "PLACE");
    let km = &v["numbers"][0];
    // `ã` is one code point: 1,587km starts at code point 14, byte 15.
    assert_eq!(km["start"], 14);
    assert_eq!(km["text"], "1,587km");
    assert_eq!(km["value"], 1587);
    assert_eq!(km["unit"], "km");
    assert_eq!(v["numbers"][1]["value"], "--02-27");
    assert_eq!(place["canonical"], "São Paulo");
    assert_eq!(v["clusters"][0]["canonical"], "São Paulo");
    assert_eq!(v["clusters"][0]["mentions"], serde_json::json!([0]));
    let fact = &v["facts"][0];
    assert_eq!((fact["start"].as_u64(), fact["end"].as_u64()), (Some(14), Some(21)));
    assert_eq!(fact["entities"], serde_json::json!(["São Paulo"]));
    assert_eq!(fact["sentence"]["start"], 0);
    assert_eq!(fact["hedged"], false);
}

#[test]
fn jsonl_quotes_and_debris_use_code_point_offsets() {
    let text = "Émile Roux spoke.\\nPHOTO: AFP\\n“We will win this race,” Émile Roux said.";
    let (out, _, ok) = run_jsonl(&format!("{{\"id\": 1, \"text\": \"{text}\"}}\n"));
    assert!(ok);
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["debris"], serde_json::json!([{"start": 18, "end": 28}]));
    let q = &v["quotes"][0];
    assert_eq!((q["start"].as_u64(), q["end"].as_u64()), (Some(29), Some(53)));
    assert_eq!(q["speaker"], "Émile Roux");
    assert_eq!(q["via"], serde_json::Value::Null);
}

#[test]
fn bad_lines_are_named_and_the_run_goes_on() {
    let input = "{\"id\": \"a\", \"text\": \"One.\"}\nnot json\n{\"id\": \"b\"}\n{\"id\": \"c\", \"text\": \"Two.\"}\n";
    let (out, err, ok) = run_jsonl(input);
    assert!(!ok, "exit status must report the bad lines");
    assert_eq!(out.lines().count(), 2);
    assert!(err.contains("stdin line 2") && err.contains("invalid JSON"), "{err}");
    assert!(err.contains("stdin line 3") && err.contains("missing \"text\""), "{err}");
}

#[test]
fn invalid_utf8_and_missing_files_are_reported_by_name() {
    let dir = std::env::temp_dir().join(format!("lede-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.txt");
    std::fs::write(&bad, b"abc \xff\xfe def").unwrap();
    let good = dir.join("good.txt");
    std::fs::write(&good, "Kim met Putin in Moscow.").unwrap();
    let missing = dir.join("missing.txt");
    let out = lede()
        .arg("analyze")
        .args([&bad, &missing, &good])
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!out.status.success());
    assert!(stderr.contains("bad.txt") && stderr.contains("not valid UTF-8"), "{stderr}");
    assert!(stderr.contains("missing.txt") && stderr.contains("cannot read"), "{stderr}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1, "the good file is still analyzed");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn empty_text_gets_a_note_not_a_failure() {
    let (out, err, ok) = run_jsonl("{\"id\": 1, \"text\": \"\"}\n");
    assert!(ok);
    assert!(out.contains("\"entities\":[]"));
    assert!(err.contains("empty"), "{err}");
}

#[test]
fn reference_dates_resolve_relative_dates_and_the_new_fields_appear() {
    let input = concat!(
        "{\"id\": 1, \"text\": \"Sales fell last year by more than 5 percent over 1,587km.\", \"reference_date\": \"2025-02-27\"}\n",
        "{\"id\": 2, \"text\": \"Sales fell last year.\"}\n",
        "{\"id\": 3, \"text\": \"SEOUL, Feb 27 (Yonhap) -- It rained on Tuesday.\", \"reference_datetime\": \"2025-03-10T00:00:00\"}\n",
    );
    let (out, err, ok) = run_jsonl(input);
    assert!(ok, "{err}");
    let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let first = &lines[0];
    assert_eq!(first["reference"]["source"], "user");
    assert_eq!(first["reference"]["date"], "2025-02-27");
    let n = &first["numbers"];
    assert_eq!(n[0]["text"], "last year");
    assert_eq!(n[0]["value"], "2024");
    assert_eq!(n[0]["resolved"], "2024-01-01/2024-12-31");
    assert_eq!(n[1]["text"], "5 percent");
    assert_eq!(n[1]["qualifier"], "more_than");
    assert_eq!(n[2]["si_value"], 1587000);
    assert_eq!(n[2]["si_unit"], "m");
    // Without a reference date: the REF notation, no `reference` key.
    let second = &lines[1];
    assert_eq!(second["numbers"][0]["value"], "REF-1Y");
    assert!(second.get("reference").is_none());
    // A dateline wins over the line's date; its year comes from that date.
    let third = &lines[2];
    assert_eq!(third["reference"]["source"], "dateline");
    assert_eq!(third["reference"]["date"], "2025-02-27");
    assert_eq!((third["reference"]["start"].as_u64(), third["reference"]["end"].as_u64()), (Some(7), Some(13)));
    let tuesday = third["numbers"].as_array().unwrap().iter().find(|n| n["text"] == "Tuesday").unwrap();
    assert_eq!(tuesday["value"], "Tuesday");
    assert_eq!(tuesday["resolved"], "2025-02-25");
}

#[test]
fn a_bad_reference_date_is_reported_by_line() {
    let input = "{\"id\": 1, \"text\": \"x\", \"reference_date\": \"27/02/2025\"}\n{\"id\": 2, \"text\": \"Two.\"}\n";
    let (out, err, ok) = run_jsonl(input);
    assert!(!ok);
    assert_eq!(out.lines().count(), 1);
    assert!(err.contains("stdin line 1") && err.contains("reference_date"), "{err}");
}

#[test]
fn the_reference_date_flag_applies_to_files() {
    let dir = std::env::temp_dir().join(format!("lede-cli-ref-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("a.txt");
    std::fs::write(&file, "The vote was held yesterday.").unwrap();
    let out = lede().args(["analyze", "--reference-date", "2025-02-27"]).arg(&file).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["numbers"][0]["value"], "2025-02-26");
    let bad = lede().args(["analyze", "--reference-date", "soon"]).arg(&file).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}

/// The compare JSON is written by the core without serde_json (the page's
/// worker shares it); it must be exactly what serde_json prints for the same
/// value: sorted keys, number forms (`1587000.0`, `0.00005`), escapes.
#[test]
fn compare_json_is_serde_json_canonical() {
    let dir = std::env::temp_dir().join(format!("lede-compare-json-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let odd = dir.join("odd.txt");
    std::fs::write(
        &odd,
        "SEOUL (Reuters) - \tKim Jong Un 😀 said \"we will fire 0.00005 percent of 12.5 trillion dollars\" at 8:30 p.m. on Feb 27.\u{1}\n\
         The 1,587km flight took 0.3 seconds and cost $1.2345678901234 billion, about 3.3 million people said.\n\
         \"Some \\ backslash quote here now,\" said Ms Lee.\n",
    )
    .unwrap();
    let html = dir.join("page.html");
    std::fs::write(
        &html,
        "<html><body><h1>Missiles &amp; more</h1><p>Kim Jong-un fired 7 missiles 1,600 kilometres on Feb 27, KCNA said.</p>\
         <p>“We will continue forever and ever,” Kim said.</p><p>BLOOMBERG</p></body></html>",
    )
    .unwrap();
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/testdata/compare/");
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/../samples/sample-article.txt");
    let sets: [Vec<String>; 3] = [
        vec![format!("{data}original.txt"), format!("{data}rewrite.txt"), format!("{data}unrelated.txt")],
        vec![odd.display().to_string(), html.display().to_string(), format!("{data}original.txt")],
        vec![sample.to_string(), format!("{data}rewrite.txt")],
    ];
    for files in &sets {
        let out = lede().arg("compare").args(files).output().expect("run");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8(out.stdout).expect("utf8");
        let line = text.strip_suffix('\n').expect("one line");
        let v: serde_json::Value = serde_json::from_str(line).expect("json");
        assert_eq!(v.to_string(), line, "{files:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn compare_prints_matrices_as_json_csv_and_markdown() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/testdata/compare/");
    let files = [format!("{dir}original.txt"), format!("{dir}rewrite.txt"), format!("{dir}unrelated.txt")];
    let out = lede().arg("compare").args(&files).arg("--names").arg("A,B").output().expect("run");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    // Given names first, then the guessed one.
    assert_eq!(v["sources"], serde_json::json!(["A", "B", "Yonhap"]));
    let facts = v["facts"].as_array().expect("facts");
    let troops = facts.iter().find(|f| f["by_source"][0]["text"] == "12,000").expect("troops");
    assert_eq!(troops["status"], "conflict");
    assert_eq!(troops["by_source"][1]["text"], "15,000");
    assert_eq!(troops["by_source"][1]["value"], 15000);
    assert!(troops["by_source"][2].is_null());
    // Code-point offsets: the cell's text is the source's slice.
    let text: Vec<char> = std::fs::read_to_string(&files[1]).expect("read").chars().collect();
    let (s, e) = (troops["by_source"][1]["start"].as_u64().unwrap() as usize, troops["by_source"][1]["end"].as_u64().unwrap() as usize);
    assert_eq!(text[s..e].iter().collect::<String>(), "15,000");
    assert!(v["entities"][0]["by_source"].as_array().is_some_and(|a| a.len() == 3));
    assert_eq!(v["overlap"].as_array().map(Vec::len), Some(3));

    let csv = lede().arg("compare").arg("--format").arg("csv").args(&files).output().expect("run");
    let csv = String::from_utf8(csv.stdout).expect("utf8");
    assert!(csv.starts_with("fact,status,Harbour Wire,Bloomberg,Yonhap\n"), "{csv}");
    assert!(csv.contains("count troops,conflict,\"12,000\",\"15,000\",\n"), "{csv}");
    let md = lede().arg("compare").arg("--format").arg("md").args(&files).output().expect("run");
    let md = String::from_utf8(md.stdout).expect("utf8");
    assert!(md.contains("| count troops | conflict | **12,000** | **15,000** | — |"), "{md}");
    assert!(md.contains("## Entities"));
}

#[test]
fn analyze_format_prints_the_page_exports() {
    let dir = std::env::temp_dir().join(format!("lede-cli-format-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("a.txt");
    std::fs::write(&path, "Kim Jong Un watched two missiles fly 1,587km, KCNA said.\n=cmd|' /C calc'!A0 had 3 ships.\n").unwrap();
    let run = |format: &str| {
        let out = lede().args(["analyze", "--format", format]).arg(&path).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let csv = run("csv");
    assert!(csv.starts_with("start,end,text,kind,"));
    assert!(csv.lines().count() >= 3, "{csv}");
    assert!(!csv.lines().any(|l| l.starts_with('=')), "{csv}");
    assert!(run("entities-csv").starts_with("canonical,label,roles,mentions"));
    assert!(run("md").contains("| # | Number | Kind |"));
    let bad = lede().args(["analyze", "--format", "xml"]).arg(&path).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}

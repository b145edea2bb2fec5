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

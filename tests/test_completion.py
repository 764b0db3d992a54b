"""Shell completion: the scripts, and the values offered from the task file in use."""
import subprocess

import pytest


def complete(run, words, env=None):
    """What the shell would be offered for the last word of `words` (bash's protocol)."""
    result = run(env={"_VTRACK_COMPLETE": "bash_complete", "COMP_WORDS": words,
                      "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
                      **(env or {})})
    assert result.code == 0, result.err
    return [line.split(",", 1)[1] for line in result.out.splitlines() if line]


def test_commands_ids_plans_and_departments_complete(run, sample):
    assert {"due", "reassign", "digest", "completion"} <= set(complete(run, "vtrack "))
    assert complete(run, "vtrack show ezhou-2022-0") == [f"ezhou-2022-0{n}" for n in range(1, 8)]
    assert complete(run, "vtrack done gaop") == ["gaoping-2021-01", "gaoping-2021-02"]
    assert complete(run, "vtrack list --plan ga") == ["gaoping-2021"]
    # names and aliases alike, as --dept accepts both
    assert complete(run, "vtrack due --dept 市人") == ["市人力资源和社会保障局", "市人社局"]


def test_completion_follows_the_task_file_option(run, sample, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    sample.rename(other / "mine.yaml")
    assert complete(run, "vtrack show ezhou-2022-0") == []  # no file here: nothing, no error
    assert len(complete(run, "vtrack --tasks other/mine.yaml show ezhou-2022-0")) == 7
    assert len(complete(run, "vtrack show ezhou-2022-0",
                        env={"VTRACK_TASKS": "other/mine.yaml"})) == 7


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_each_shell_gets_its_script(run, shell):
    result = run("completion", shell)
    assert result.code == 0 and "_VTRACK_COMPLETE" in result.out
    assert f"{shell}_complete" in result.out


def test_the_bash_script_registers_vtrack(run, tmp_path):
    script = run("completion", "bash").out
    proc = subprocess.run(["bash", "-c", f"{script}\ncomplete -p vtrack"], capture_output=True,
                          text=True, cwd=tmp_path)
    assert proc.returncode == 0 and "_vtrack_completion" in proc.stdout, proc.stderr


def test_an_unknown_shell_is_a_usage_error(run):
    result = run("completion", "powershell")
    assert result.code == 2 and "bash" in result.err

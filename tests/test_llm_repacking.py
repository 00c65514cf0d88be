"""llama.cpp's weight repacking (assistant/llm.py): off where the CPU advertises AMX, since virtual
machines advertise AMX and then stop the process on its first AMX instruction; the setting wins."""

import pytest

from assistant.llm import repacking_on

XEON_WITH_AMX = "flags\t\t: fpu vme avx2 avx512f avx512_vnni amx_bf16 amx_tile amx_int8\n"
XEON_WITHOUT = "flags\t\t: fpu vme avx2 avx512f avx512_vnni\n"


@pytest.mark.parametrize(("flags", "repacks"), [(XEON_WITH_AMX, False), (XEON_WITHOUT, True)])
def test_auto_repacks_unless_the_cpu_advertises_amx(tmp_path, flags, repacks):
    cpu_info = tmp_path / "cpuinfo"
    cpu_info.write_text(flags)
    assert repacking_on("auto", cpu_info) is repacks


def test_the_setting_wins_over_the_cpu(tmp_path):
    cpu_info = tmp_path / "cpuinfo"
    cpu_info.write_text(XEON_WITH_AMX)
    assert (repacking_on("on", cpu_info), repacking_on("off", tmp_path / "missing")) == (True, False)


def test_an_unreadable_cpu_description_repacks(tmp_path):
    assert repacking_on("auto", tmp_path / "missing") is True

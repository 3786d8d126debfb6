package dev.autocaption.inference.precision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CpuInfoTest {
    private static final String EPYC = """
            processor\t: 0
            vendor_id\t: AuthenticAMD
            model name\t: AMD EPYC 9R14
            flags\t\t: fpu sse2 avx avx2 fma avx512f avx512_bf16 avx512_vnni
            bugs\t\t: sysret_ss_attrs

            processor\t: 1
            model name\t: something else
            flags\t\t: fpu
            """;

    @Test
    void theFirstProcessorsModelAndFlagsAreRead() {
        CpuInfo cpu = CpuInfo.parse(EPYC);

        assertThat(cpu.model()).isEqualTo("AMD EPYC 9R14");
        assertThat(cpu.flags()).containsExactly("fpu", "sse2", "avx", "avx2", "fma", "avx512f", "avx512_bf16",
                "avx512_vnni");
        assertThat(cpu.bf16Units()).containsExactly("avx512_bf16");
    }

    @Test
    void aCpuWithOnlyAvx2HasNoBf16Units() {
        CpuInfo cpu = CpuInfo.parse("model name : AMD EPYC\nflags : fpu avx avx2 fma f16c\n");

        assertThat(cpu.bf16Units()).isEmpty();
    }

    @Test
    void amxTilesForBf16CountAsBf16Units() {
        assertThat(new CpuInfo("Xeon", List.of("avx512f", "amx_tile", "amx_bf16")).bf16Units())
                .containsExactly("amx_bf16");
    }

    @Test
    void textWithoutTheLinesGivesAnUnknownCpuWithoutFlags() {
        assertThat(CpuInfo.parse("garbage")).isEqualTo(new CpuInfo("unknown", List.of()));
    }
}

package dev.autocaption.bot.connector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.simulator.SimImages;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JpegEndTest {
    private final byte[] jpeg = SimImages.jpeg(64, 48, 7);

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void aWholeJpegIsNotTruncated() {
        assertThat(JpegEnd.truncated(jpeg)).isFalse();
    }

    @Test
    void aJpegCutAtAnyPointBeforeItsEndMarkerIsTruncated() {
        for (int length = 2; length < jpeg.length - 1; length++) {
            assertThat(JpegEnd.truncated(Arrays.copyOf(jpeg, length))).as("cut at %d", length).isTrue();
        }
    }

    @Test
    void dataAfterTheEndMarkerDoesNotMakeAJpegTruncated() {
        byte[] garbage = new byte[700];
        new Random(3).nextBytes(garbage);

        assertThat(JpegEnd.truncated(concat(jpeg, garbage))).isFalse();
        assertThat(JpegEnd.truncated(concat(jpeg, new byte[] {(byte) 0xFF, (byte) 0xD8}))).isFalse();
    }

    @Test
    void bytesThatBreakTheStructureRightAfterTheStartMarkerAreLeftToTheDecoder() {
        assertThat(JpegEnd.truncated(new byte[] {(byte) 0xFF, (byte) 0xD8, 0x12, 0x34, 0x56})).isFalse();
    }

    @Test
    void somethingThatIsNotAJpegIsNotATruncatedJpeg() {
        assertThat(JpegEnd.truncated(new byte[] {'G', 'I', 'F'})).isFalse();
        assertThat(JpegEnd.truncated(new byte[0])).isFalse();
    }
}

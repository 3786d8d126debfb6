package dev.autocaption.inference.image;

import dev.autocaption.testing.WebPLossless;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A shaded jar that loses TwelveMonkeys' {@code META-INF/services} entries leaves ImageIO's registry with only the
 * JDK readers. This test simulates that by taking the TwelveMonkeys providers out of the JVM-wide registry for
 * its duration (hence {@link Isolated}) and putting them back afterwards.
 */
@Isolated
class ImageDecoderWithoutServiceFilesTest {

    @Test
    void cmykJpegAndWebPDecodeWithoutTwelveMonkeysInImageIOsRegistry() throws Exception {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        List<ImageReaderSpi> removed = removeTwelveMonkeysReaders(registry);
        try {
            assertThat(removed).as("TwelveMonkeys readers found via the service loader").isNotEmpty();
            ImageDecoder decoder = new ImageDecoder(100_000_000);

            DecodedImage cmyk = decoder.decode("cmyk.jpg", TestImages.adobeJpeg(64, 64, false,
                    TestImagesInk::cyanWhiteBlack));
            DecodedImage webp = decoder.decode("white.webp", WebPLossless.encode(4, 4, new int[] {
                -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1}));

            Pixels.assertNear(cmyk, 48, 16, Color.WHITE, 8);
            Pixels.assertNear(cmyk, 16, 48, Color.BLACK, 40);
            Pixels.assertNear(webp, 2, 2, Color.WHITE, 0);
        } finally {
            removed.forEach(provider -> registry.registerServiceProvider(provider, ImageReaderSpi.class));
        }
    }

    @Test
    void jpegIsReadByTwelveMonkeysWrappingTheJdkDecoder() {
        ImageReaders readers = new ImageReaders();

        assertThat(readers.providerName(ImageFormat.JPEG))
                .isEqualTo("com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi");
        assertThat(readers.providerName(ImageFormat.PNG)).isEqualTo("com.sun.imageio.plugins.png.PNGImageReaderSpi");
    }

    private static List<ImageReaderSpi> removeTwelveMonkeysReaders(IIORegistry registry) {
        List<ImageReaderSpi> removed = new ArrayList<>();
        Iterator<ImageReaderSpi> providers = registry.getServiceProviders(ImageReaderSpi.class,
                provider -> provider.getClass().getName().startsWith("com.twelvemonkeys."), false);
        providers.forEachRemaining(removed::add);
        removed.forEach(provider -> registry.deregisterServiceProvider(provider, ImageReaderSpi.class));
        return removed;
    }
}

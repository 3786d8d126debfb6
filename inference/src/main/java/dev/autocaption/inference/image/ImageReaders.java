package dev.autocaption.inference.image;

import com.twelvemonkeys.imageio.plugins.bmp.BMPImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ServiceRegistry;

/**
 * One ImageIO reader provider per {@link ImageFormat}, chosen explicitly instead of whatever ImageIO's service
 * loader happens to find first.
 *
 * <p>The TwelveMonkeys providers are constructed here directly, so decoding does not depend on
 * {@code META-INF/services} surviving a shaded jar, and nothing is registered in ImageIO's JVM-wide registry.
 * PNG and GIF come from the JDK ({@code java.desktop}), whose providers are always in the default registry.
 * Providers are stateless factories, so one instance serves every thread; each decode gets its own reader.
 */
final class ImageReaders {
    private static final String JDK_JPEG = "com.sun.imageio.plugins.jpeg.JPEGImageReaderSpi";
    private static final String JDK_PNG = "com.sun.imageio.plugins.png.PNGImageReaderSpi";
    private static final String JDK_GIF = "com.sun.imageio.plugins.gif.GIFImageReaderSpi";

    private final Map<ImageFormat, ImageReaderSpi> providers;

    ImageReaders() {
        IIORegistry system = IIORegistry.getDefaultInstance();
        Map<ImageFormat, ImageReaderSpi> byFormat = new EnumMap<>(ImageFormat.class);
        byFormat.put(ImageFormat.JPEG, twelveMonkeysJpeg(jdkProvider(system, JDK_JPEG, "jpeg")));
        byFormat.put(ImageFormat.PNG, jdkProvider(system, JDK_PNG, "png"));
        byFormat.put(ImageFormat.GIF, jdkProvider(system, JDK_GIF, "gif"));
        byFormat.put(ImageFormat.BMP, new BMPImageReaderSpi());
        byFormat.put(ImageFormat.WEBP, new WebPImageReaderSpi());
        this.providers = Collections.unmodifiableMap(byFormat);
    }

    /** A new reader; the caller disposes it. */
    ImageReader create(ImageFormat format) throws IOException {
        return providers.get(format).createReaderInstance();
    }

    /** Which provider class reads each format, for diagnostics and tests. */
    String providerName(ImageFormat format) {
        return providers.get(format).getClass().getName();
    }

    /**
     * TwelveMonkeys' JPEG reader wraps the JDK's (it adds CMYK/YCCK, broken ICC profiles, lenient metadata) and
     * finds that delegate when it is registered in a registry. A private registry holding only the JDK provider
     * gives it exactly that delegate without touching the JVM-wide one.
     */
    private static ImageReaderSpi twelveMonkeysJpeg(ImageReaderSpi jdkJpeg) {
        ServiceRegistry own = new ServiceRegistry(List.<Class<?>>of(ImageReaderSpi.class).iterator());
        own.registerServiceProvider(jdkJpeg, ImageReaderSpi.class);
        JPEGImageReaderSpi twelveMonkeys = new JPEGImageReaderSpi();
        own.registerServiceProvider(twelveMonkeys, ImageReaderSpi.class);
        if (!own.contains(twelveMonkeys)) {
            throw new IllegalStateException("TwelveMonkeys JPEG reader did not accept " + jdkJpeg.getClass().getName()
                    + " as its delegate");
        }
        return twelveMonkeys;
    }

    /** The JDK's own provider by class name, else any provider naming the format (a JDK without com.sun ones). */
    private static ImageReaderSpi jdkProvider(IIORegistry system, String className, String formatName) {
        Iterator<ImageReaderSpi> exact = system.getServiceProviders(ImageReaderSpi.class,
                provider -> provider.getClass().getName().equals(className), true);
        if (exact.hasNext()) {
            return exact.next();
        }
        Iterator<ImageReaderSpi> any = system.getServiceProviders(ImageReaderSpi.class,
                provider -> Arrays.asList(((ImageReaderSpi) provider).getFormatNames()).contains(formatName), true);
        if (any.hasNext()) {
            return any.next();
        }
        throw new IllegalStateException("no ImageIO reader for " + formatName + " (looked for " + className
                + "); is the java.desktop module present?");
    }
}

package dev.autocaption.config;

/**
 * Which inverse DCT decodes JPEG photos ({@code model.jpeg-dct}). The two give pixels a level or two apart (mean
 * about 1 of 255, at most 7, on most pixels), enough to change some captions.
 */
public enum JpegDct {
    /**
     * libjpeg's accurate integer IDCT ({@code JDCT_ISLOW}), through the JDK's ImageIO reader: bit for bit what
     * TensorFlow's {@code DecodeJpeg(dct_method="INTEGER_ACCURATE")} gives, and what TensorFlow decoded with in
     * 2016, when the first community im2txt checkpoints were trained (TensorFlow 0.10 to 0.12).
     */
    ACCURATE("accurate"),
    /**
     * libjpeg's fast integer IDCT ({@code JDCT_IFAST}), through TensorFlow's own {@code DecodeJpeg(dct_method=
     * "INTEGER_FAST")}: what today's TensorFlow decodes with by default.
     */
    FAST("fast");

    private final String configName;

    JpegDct(String configName) {
        this.configName = configName;
    }

    /** The spelling used in the YAML file. */
    public String configName() {
        return configName;
    }
}

/**
 * Image decoding, before any pixel reaches the model's graph: in pure Java by default, through TensorFlow's own
 * {@code DecodeJpeg} for JPEGs when {@code model.jpeg-dct} is {@code fast} ({@code TensorFlowJpeg}).
 *
 * <p>{@link dev.autocaption.inference.image.ImageDecoder} is the entry point: encoded bytes in, upright 8-bit RGB
 * {@link dev.autocaption.inference.image.DecodedImage} out, or an
 * {@link dev.autocaption.inference.image.ImageDecodingException} whose message names the input and says what was
 * seen. The rest of the package is package-private: format sniffing by magic bytes ({@code FormatDetector},
 * {@code ImageFormat}), the explicit choice of ImageIO readers ({@code ImageReaders}; TwelveMonkeys for JPEG, BMP
 * and WebP, the JDK for PNG and GIF), EXIF orientation ({@code ExifOrientation}, {@code Orientation}) and the
 * conversion of whatever a reader returns into RGB ({@code RgbPixels}).
 */
package dev.autocaption.inference.image;

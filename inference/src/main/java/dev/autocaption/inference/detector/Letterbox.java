package dev.autocaption.inference.detector;

/**
 * NanoDet's keep-ratio resize: the image scaled by {@code scale = min(size/w, size/h)} to
 * {@code floor(w·scale) × floor(h·scale)}, centred at {@code (padX, padY) = (floor((size−tw)/2), floor((size−th)/2))}
 * on a black square. Maps boxes back from network input to image pixels.
 *
 * @param imageWidth  original width in pixels
 * @param imageHeight original height in pixels
 * @param size        the square input side (416)
 * @param scale       input pixels per image pixel
 * @param padX        left border in input pixels
 * @param padY        top border in input pixels
 */
record Letterbox(int imageWidth, int imageHeight, int size, double scale, int padX, int padY) {
    public Letterbox {
        if (imageWidth < 1 || imageHeight < 1 || size < 1) {
            throw new IllegalArgumentException("sizes must be positive, was image " + imageWidth + "x" + imageHeight
                    + " into " + size);
        }
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive, was " + scale);
        }
    }

    static Letterbox fit(int imageWidth, int imageHeight, int size) {
        double scale = Math.min(size / (double) imageWidth, size / (double) imageHeight);
        int tw = Math.max(1, (int) Math.floor(imageWidth * scale));
        int th = Math.max(1, (int) Math.floor(imageHeight * scale));
        return new Letterbox(imageWidth, imageHeight, size, scale, (size - tw) / 2, (size - th) / 2);
    }

    /** Width of the scaled image inside the square. */
    int targetWidth() {
        return Math.max(1, (int) Math.floor(imageWidth * scale));
    }

    /** Height of the scaled image inside the square. */
    int targetHeight() {
        return Math.max(1, (int) Math.floor(imageHeight * scale));
    }

    /** A box in input pixels mapped to image pixels: {@code (x − padX)/scale}, clamped to the image. */
    Detection toImage(Detection input) {
        double x1 = clamp((input.x() - padX) / scale, imageWidth);
        double y1 = clamp((input.y() - padY) / scale, imageHeight);
        double x2 = clamp((input.x() + input.width() - padX) / scale, imageWidth);
        double y2 = clamp((input.y() + input.height() - padY) / scale, imageHeight);
        return Detection.ofCorners(input.label(), input.score(), x1, y1, x2, y2);
    }

    private static double clamp(double v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}

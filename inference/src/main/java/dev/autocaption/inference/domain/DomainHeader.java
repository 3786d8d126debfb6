package dev.autocaption.inference.domain;

/**
 * The JSON half of the domain statistics ({@code domain.json}), as stored: everything but the numbers, and where
 * the numbers are and how to check them.
 *
 * @param familiarity documentation only: the formula the quantiles feed
 * @param data        the binary file beside this one
 */
record DomainHeader(String format, String modelId, int images, int featureSize, double shrinkage, double logOffset,
        DistanceQuantiles distance, String familiarity, Data data) {

    /**
     * @param file      a file name in the header's directory
     * @param dtype     {@value DomainData#DTYPE}
     * @param byteOrder {@value DomainData#BYTE_ORDER}
     * @param layout    {@value DomainData#LAYOUT}
     * @param bytes     the file's size
     * @param sha256    lower-case hex SHA-256 of the file
     */
    record Data(String file, String dtype, String byteOrder, String layout, long bytes, String sha256) {
    }
}

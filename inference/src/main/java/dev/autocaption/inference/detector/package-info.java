/**
 * The {@code detector} engine: NanoDet-g COCO object detection in TensorFlow Java (pre-processing, GFL box decoding,
 * non-maximum suppression in pure Java around one session run) and the caption layer that writes Facebook-style
 * "May be an image of …" sentences. Detections are exposed through
 * {@link dev.autocaption.inference.detector.DetectorCaptioner#detect}.
 */
package dev.autocaption.inference.detector;

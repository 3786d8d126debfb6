/**
 * Caption quality metrics implemented to the coco-caption definitions (github.com/tylin/coco-caption,
 * {@code pycocoevalcap}): {@link dev.autocaption.inference.evaluation.Bleu} (BLEU-1..4) and
 * {@link dev.autocaption.inference.evaluation.CiderD} (CIDEr-D), over text normalised by
 * {@link dev.autocaption.inference.evaluation.CaptionTokenizer}, plus
 * {@link dev.autocaption.inference.evaluation.ScoreDistribution} for per-image score summaries.
 */
package dev.autocaption.inference.evaluation;

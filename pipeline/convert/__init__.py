"""Conversion between FORMAT §2 documents and the annotation tools' formats (Label Studio, doccano)."""

from pipeline.convert.doccano import from_doccano, to_doccano
from pipeline.convert.labelstudio import from_labelstudio, labeling_config, to_labelstudio

__all__ = ["from_doccano", "from_labelstudio", "labeling_config", "to_doccano", "to_labelstudio"]

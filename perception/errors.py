"""Errors the user can act on: each message is a clear one-line reason."""


class PerceptionError(ValueError):
    """An input the perception layer cannot use."""


class AudioError(PerceptionError):
    """An audio input that is missing, empty, unreadable, unsupported or too long."""


class NoSpeechError(AudioError):
    """A readable recording in which no speech was heard."""


class ClippedAudioError(AudioError):
    """A recording whose speech is distorted by clipping at full scale."""


class ImageError(PerceptionError):
    """A photo that is missing, empty or unreadable."""

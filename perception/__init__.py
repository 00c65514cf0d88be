"""Perception: turns raw audio and images into features and text."""

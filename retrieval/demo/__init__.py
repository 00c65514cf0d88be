"""A deterministic demo catalog with code-rendered product shots."""

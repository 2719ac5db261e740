"""Custom actions for the Signpost assistant, run by the rasa-sdk action server."""

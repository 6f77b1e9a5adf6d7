"""The station's own identity (派出所), set once at first start."""

"""Making the offline installation kit and the standalone build (run through bootstrap.py).

Not part of the installed app: these modules run from the source tree with the project's .venv.
"""

"""tdkt.data: the rule, lexicon, gazetteer, registry and demo files (data, not code).

A package only so that it installs with tdkt and can be found; tdkt/paths.py
resolves it (or the folder named by TDKT_DATA).
"""

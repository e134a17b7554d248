"""tdkt: Vietnamese emulation & commendation news turned into a queryable record."""

__version__ = "0.1.0"

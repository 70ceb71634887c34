"""A module whose doctests DocTestSuite() finds when called from here.

>>> 1 + 1
2
"""
import doctest


def double(x):
    """
    >>> double(4)
    8
    """
    return 2 * x


def suite():
    return doctest.DocTestSuite()

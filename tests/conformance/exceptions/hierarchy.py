pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError), (IndexError, LookupError),
         (UnboundLocalError, NameError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError), (FileNotFoundError, OSError),
         (StopIteration, Exception), (StopAsyncIteration, Exception), (GeneratorExit, Exception), (KeyboardInterrupt, Exception),
         (SystemExit, BaseException), (Exception, BaseException), (UnicodeDecodeError, ValueError), (UnicodeError, ValueError),
         (ModuleNotFoundError, ImportError), (TabError, SyntaxError), (IndentationError, SyntaxError), (BrokenPipeError, ConnectionError),
         (TimeoutError, OSError), (EnvironmentError, OSError), (IOError, OSError), (AssertionError, Exception), (BaseExceptionGroup, BaseException),
         (ExceptionGroup, Exception), (DeprecationWarning, Warning), (UserWarning, Exception), (FloatingPointError, ArithmeticError), (LookupError, Exception)]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in UnicodeDecodeError.__mro__])
print(IOError is OSError, EnvironmentError is OSError)

import os
from typing import Any, Callable, Dict, Iterable, Mapping, Optional, Union

__version__: str
DEFAULT_MAX_MEMORY: int
DEFAULT_MAX_TIME: float
DEFAULT_MAX_OUTPUT: int

PlainData = Any  # None, bool, int, float, str, bytes, list, tuple, dict, set, frozenset
_Path = Union[str, "os.PathLike[str]"]

class Error(Exception): ...

class PythonError(Error):
    type_name: str
    message: str
    traceback: str

SandboxError = PythonError

class LimitExceeded(Error):
    limit: str  # 'memory' | 'time' | 'steps' | 'output' | 'intsize' | 'interrupted'

class Interpreter:
    def __init__(
        self,
        *,
        max_memory: Optional[int] = ...,
        max_time: Optional[float] = ...,
        max_steps: Optional[int] = ...,
        max_output: Optional[int] = ...,
        max_recursion: Optional[int] = ...,
        allow_read: Iterable[_Path] = ...,
        allow_write: Iterable[_Path] = ...,
        import_paths: Iterable[_Path] = ...,
        functions: Optional[Mapping[str, Callable[..., PlainData]]] = ...,
        modules: Optional[Mapping[str, Mapping[str, Any]]] = ...,
        stdin: Optional[str] = ...,
        allow_net: Iterable[str] = ...,
        deny_net: Iterable[str] = ...,
        max_net_bytes: Optional[int] = ...,
    ) -> None: ...
    def run(self, code: str, filename: str = "<string>") -> None: ...
    def eval(self, expr: str) -> PlainData: ...
    def call(self, name: str, *args: PlainData, **kwargs: PlainData) -> PlainData: ...
    def set(self, name: str, value: PlainData) -> None: ...
    def get(self, name: str) -> PlainData: ...
    def take_stdout(self) -> str: ...
    def take_stderr(self) -> str: ...
    def interrupt(self) -> None: ...
    def memory_used(self) -> int: ...
    async def run_async(self, code: str, filename: str = "<string>") -> None: ...
    async def eval_async(self, expr: str) -> PlainData: ...
    async def call_async(self, name: str, *args: PlainData, **kwargs: PlainData) -> PlainData: ...

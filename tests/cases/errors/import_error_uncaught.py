# errors: uncaught ModuleNotFoundError at module level
print("before import")
import _this_module_does_not_exist
print("after import")

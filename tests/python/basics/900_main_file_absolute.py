# The script's __file__ and its code's file name are absolute (the working
# directory joined with the path as given); sys.argv[0] stays as given.
import os
import sys

print(os.path.isabs(__file__), __file__ == os.path.join(os.getcwd(), sys.argv[0]))
print(sys._getframe().f_code.co_filename == __file__, os.path.isabs(sys.argv[0]))
print(os.path.basename(__file__))

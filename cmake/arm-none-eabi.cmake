# Cortex-M cross toolchain file for Debian's gcc-arm-none-eabi.
#   cmake -DCMAKE_TOOLCHAIN_FILE=cmake/arm-none-eabi.cmake -DCORTEX_M_CPU=cortex-m4 ..
# CORTEX_M_CPU: cortex-m0, cortex-m0plus, cortex-m3, cortex-m4, cortex-m7, cortex-m33
# CORTEX_M_FPU: extra float flags, e.g. "-mfpu=fpv4-sp-d16 -mfloat-abi=hard"
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR arm)

set(CORTEX_M_CPU "cortex-m4" CACHE STRING "Cortex-M core (-mcpu)")
set(CORTEX_M_FPU "" CACHE STRING "Floating-point flags, empty for soft float")
# try_compile projects re-read this file: hand them the choice.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES CORTEX_M_CPU CORTEX_M_FPU)

set(CMAKE_C_COMPILER arm-none-eabi-gcc)
set(CMAKE_CXX_COMPILER arm-none-eabi-g++)
set(CMAKE_ASM_COMPILER arm-none-eabi-gcc)
set(CMAKE_AR arm-none-eabi-ar)
set(CMAKE_OBJCOPY arm-none-eabi-objcopy)
set(CMAKE_SIZE arm-none-eabi-size)
# No OS to link a test program against.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

set(CMAKE_C_FLAGS_INIT "-mthumb -mcpu=${CORTEX_M_CPU} ${CORTEX_M_FPU} -ffunction-sections -fdata-sections")
set(CMAKE_CXX_FLAGS_INIT "${CMAKE_C_FLAGS_INIT}")
set(CMAKE_ASM_FLAGS_INIT "-mthumb -mcpu=${CORTEX_M_CPU} ${CORTEX_M_FPU}")
set(CMAKE_EXE_LINKER_FLAGS_INIT "-Wl,--gc-sections")

set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)
